package app.ponte.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionItemReminderRepository extends JpaRepository<ActionItemReminder, Long> {

    boolean existsByActionItemIdAndKind(long actionItemId, ReminderKind kind);
}
