package app.ponte.roadmap.ui;

import app.ponte.roadmap.Mentions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.function.Supplier;

/**
 * The question before the team saves roadmap text that names organisations another organisation will read
 * (another client, the department whose freeze moved a date): the names and who reads the text, then save as
 * written or go back and reword, with everything typed still in the fields.
 */
final class MentionCheck {

    private MentionCheck() {
    }

    /** Saves at once when the text names nobody another organisation reads, otherwise once the team confirms. */
    static void thenSave(Component owner, Supplier<Mentions> named, Runnable save) {
        Mentions mentions = named.get();
        if (mentions.none()) {
            save.run();
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setId("mention-warning");
        dialog.setHeader(owner.getTranslation("roadmap.mentions.title"));
        dialog.setText(owner.getTranslation("roadmap.mentions.text", String.join(", ", mentions.named()),
                readers(owner, mentions)));
        // Going back is the default (the focused, primary button, what Enter does): saving as written is the
        // choice the team has to make on purpose.
        dialog.setConfirmText(owner.getTranslation("roadmap.mentions.reword"));
        dialog.setRejectable(true);
        dialog.setRejectText(owner.getTranslation("roadmap.mentions.save"));
        dialog.addRejectListener(e -> save.run());
        dialog.open();
    }

    /** Who will read the text: every organisation, the ones named, or whoever's request joins later. */
    static String readers(Component owner, Mentions mentions) {
        if (mentions.everyone()) {
            return owner.getTranslation("roadmap.mentions.readers.everyone");
        }
        return mentions.readers().isEmpty() ? owner.getTranslation("roadmap.mentions.readers.later")
                : String.join(", ", mentions.readers());
    }
}
