package app.ponte.request.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.ViewerTime;
import app.ponte.request.Attachments;
import app.ponte.request.CommentEntry;
import app.ponte.request.Conversation;
import app.ponte.request.RequestDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * A request's conversation: the messages the reader may see (the team also its internal notes, marked so),
 * and a message to write, with files, as an internal note when the team chooses.
 */
class RequestConversation extends RequestPagePart {

    static final String MESSAGES_ID = "request-messages";

    final VerticalLayout messages = new VerticalLayout();
    final TextArea comment = new TextArea();
    final AttachmentPicker files;
    final Checkbox internal = new Checkbox();
    final Button post = new Button();

    private final Conversation conversation;
    private final ViewerTime viewerTime;
    private RequestDetails shown;

    RequestConversation(Conversation conversation, Attachments attachments, ViewerTime viewerTime) {
        this.conversation = conversation;
        this.viewerTime = viewerTime;
        this.files = new AttachmentPicker(attachments);
        messages.setId(MESSAGES_ID);
        messages.setPadding(false);
        comment.setId("request-comment");
        comment.setLabel(getTranslation("request.comment.label"));
        comment.setHelperText(getTranslation("request.comment.help"));
        comment.setWidthFull();
        comment.setMaxLength(8000);
        internal.setId("request-internal");
        internal.setLabel(getTranslation("request.comment.internal"));
        post.setId("request-post");
        post.setText(getTranslation("request.comment.post"));
        post.addClickListener(e -> post());
        add(new H3(getTranslation("request.section.conversation")), messages, comment, files,
                new HorizontalLayout(internal, post));
    }

    @Override
    void show(RequestDetails request) {
        this.shown = request;
        internal.setVisible(request.viewer().team());
        messages.removeAll();
        var read = conversation.read(request.id());
        if (read.isEmpty()) {
            messages.add(new Paragraph(getTranslation("request.no-comments")));
        }
        read.forEach(message -> messages.add(block(message)));
    }

    private Div block(CommentEntry message) {
        var header = new Span(message.authorName() + " · " + viewerTime.format(message.createdAt(), getLocale()));
        header.addClassName("request-message-author");
        var block = new Div(header);
        if (message.internal()) {
            var badge = new Span(getTranslation("request.comment.internal-badge"));
            badge.getElement().getThemeList().add("badge contrast");
            badge.addClassName("request-message-badge");
            block.add(badge);
            block.addClassName("internal-note");
        }
        var body = new Paragraph(message.body());
        body.addClassName("request-text");
        block.add(body);
        block.addClassName("request-message");
        return block;
    }

    private void post() {
        var refusals = new FieldRefusals(Map.of("comment", comment, "attachments", files), comment);
        if (refusals.attempt(() -> conversation.comment(shown.id(), comment.getValue(), internal.getValue(),
                files.files()))) {
            files.clear();
            comment.clear();
            internal.clear();
            changed(getTranslation("request.comment.posted"));
        }
    }
}
