package app.ponte.organisation.ui;

import app.ponte.organisation.PasswordResets;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    static final String ANSWER_ID = "forgot-password-answer";

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph answer = new Paragraph();

    ForgotPasswordView(PasswordResets resets) {
        setMaxWidth("40rem");
        addClassName("narrow-page");
        email.setLabel(getTranslation("login.form.email"));
        email.setWidthFull();
        send.setText(getTranslation("forgot.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.setId(ANSWER_ID);
        answer.setVisible(false);
        send.addClickListener(e -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            resets.requestReset(email.getValue(), request == null ? "unknown" : request.getRemoteAddr());
            answer.setText(getTranslation("forgot.answer"));
            answer.setVisible(true);
        });
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("forgot.intro")), email, send, answer,
                new Anchor("login", getTranslation("link.problem.to-login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title");
    }
}
