package app.ponte.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.base.NotificationLine.Argument;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypedArgumentsTest {

    @Test
    void arguments_come_back_with_their_kinds_and_no_text_passes_for_a_key_or_a_day() {
        List<Argument> written = List.of(new Argument.Text("Kkey.that.is.text"), new Argument.Key("request.status.NEW"),
                new Argument.Day(LocalDate.of(2026, 12, 8)), new Argument.Text("D2026-12-08"),
                new Argument.Text("split\u001Fhere"));

        assertThat(TypedArguments.read(TypedArguments.write(written, 1000, 200))).containsExactly(
                new Argument.Text("Kkey.that.is.text"), new Argument.Key("request.status.NEW"),
                new Argument.Day(LocalDate.of(2026, 12, 8)), new Argument.Text("D2026-12-08"),
                new Argument.Text("split here"));
    }

    @Test
    void texts_share_the_column_and_a_broken_day_reads_as_text() {
        String stored = TypedArguments.write(List.of(new Argument.Text("x".repeat(900)), new Argument.Text("y")), 100, 200);

        assertThat(stored.length()).isLessThanOrEqualTo(100);
        assertThat(TypedArguments.read("Dnot-a-day")).containsExactly(new Argument.Text("not-a-day"));
        assertThat(TypedArguments.read("")).isEmpty();
    }
}
