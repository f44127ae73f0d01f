package app.ponte.request.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.SavedNote;
import app.ponte.base.ui.ViewerTime;
import app.ponte.organisation.PersonOption;
import app.ponte.request.Attachments;
import app.ponte.request.CommentEntry;
import app.ponte.request.Conversation;
import app.ponte.request.Mentions;
import app.ponte.request.RequestDetails;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * A request's conversation: the messages the reader may see (the team also its internal notes, marked so),
 * and a message to write, with files. The team chooses, on two tabs, between a reply the requester reads (the
 * default, said so) and an internal note (coloured, team only); the line under the tabs says who will read it.
 * People who will read the message can be mentioned from a list; mentions are highlighted once posted.
 */
class RequestConversation extends RequestPagePart {

    static final String MESSAGES_ID = "request-messages";

    final VerticalLayout messages = new VerticalLayout();
    final Tab reply = new Tab();
    final Tab internal = new Tab();
    final Tabs audience = new Tabs();
    final Paragraph readers = new Paragraph();
    final TextArea comment = new TextArea();
    final ComboBox<PersonOption> mention = new ComboBox<>();
    final AttachmentPicker files;
    final Button post = new Button();
    final SavedNote posted = new SavedNote("request-comment-saved");

    private final VerticalLayout compose = new VerticalLayout();
    private final Conversation conversation;
    private final ViewerTime viewerTime;
    private RequestDetails shown;

    RequestConversation(Conversation conversation, Attachments attachments, ViewerTime viewerTime) {
        this.conversation = conversation;
        this.viewerTime = viewerTime;
        this.files = new AttachmentPicker(attachments);
        messages.setId(MESSAGES_ID);
        messages.setPadding(false);
        reply.setId("request-reply-tab");
        reply.add(new Span(getTranslation("request.comment.reply-tab")));
        internal.setId("request-internal");
        internal.add(new Span(getTranslation("request.comment.internal")));
        internal.addClassName("internal-note-tab");
        audience.add(reply, internal);
        audience.setId("request-comment-audience");
        audience.addSelectedChangeListener(e -> showAudience());
        readers.setId("request-comment-readers");
        readers.addClassName("comment-readers");
        comment.setId("request-comment");
        comment.setWidthFull();
        comment.setMaxLength(8000);
        mention.setId("request-mention");
        mention.setLabel(getTranslation("request.mention.label"));
        mention.setHelperText(getTranslation("request.mention.help"));
        mention.setItemLabelGenerator(p -> getTranslation("request.mention.person", p.displayName(), p.email()));
        mention.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                insertMention(e.getValue());
                mention.clear();
            }
        });
        post.setId("request-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> post());
        var actions = new HorizontalLayout(post, posted);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        compose.addClassName("request-compose");
        compose.setPadding(false);
        compose.add(audience, readers, comment, mention, files, actions);
        add(new H3(getTranslation("request.section.conversation")), messages, compose);
        showAudience();
    }

    @Override
    void show(RequestDetails request) {
        this.shown = request;
        audience.setVisible(request.viewer().team());
        if (!request.viewer().team()) {
            audience.setSelectedTab(reply);
        }
        showAudience();
        messages.removeAll();
        var read = conversation.read(request.id());
        if (read.isEmpty()) {
            messages.add(new Paragraph(getTranslation("request.no-comments")));
        }
        read.forEach(message -> messages.add(block(message)));
    }

    /** Whether the message being written is an internal note. */
    boolean writingInternalNote() {
        return audience.isVisible() && audience.getSelectedTab() == internal;
    }

    /** Says who will read the message, colours an internal note, and offers the people who may be mentioned. */
    private void showAudience() {
        boolean note = writingInternalNote();
        compose.setClassName("internal-compose", note);
        boolean team = shown != null && shown.viewer().team();
        readers.setText(note ? getTranslation("request.comment.readers-internal")
                : team ? getTranslation("request.comment.readers-reply", shown.organisationName())
                        : getTranslation("request.comment.readers-requester"));
        comment.setLabel(getTranslation(note ? "request.comment.label-internal" : "request.comment.label"));
        comment.setHelperText(getTranslation("request.comment.help"));
        post.setText(getTranslation(note ? "request.comment.post-internal" : "request.comment.post"));
        if (note) {
            post.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        } else {
            post.removeThemeVariants(ButtonVariant.LUMO_CONTRAST);
        }
        if (shown != null) {
            mention.setItems(conversation.mentionable(shown.id(), note));
        }
    }

    private void insertMention(PersonOption person) {
        String text = comment.getValue();
        String separator = text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1)) ? "" : " ";
        comment.setValue(text + separator + Mentions.of(person.email()) + " ");
        comment.focus();
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
        var body = new Paragraph();
        Mentions.pieces(message.body()).forEach(piece -> {
            if (piece.mention()) {
                var mentioned = new Span(piece.text());
                mentioned.addClassName("mention");
                body.add(mentioned);
            } else {
                body.add(new Text(piece.text()));
            }
        });
        body.addClassName("request-text");
        block.add(body);
        block.addClassName("request-message");
        return block;
    }

    private void post() {
        posted.clear();
        boolean note = writingInternalNote();
        var refusals = new FieldRefusals(Map.of("comment", comment, "attachments", files), comment);
        if (refusals.attempt(() -> conversation.comment(shown.id(), comment.getValue(), note, files.files()))) {
            files.clear();
            comment.clear();
            String done = getTranslation(note ? "request.comment.noted" : "request.comment.posted");
            posted.say(done);
            changed(done);
        }
    }
}
