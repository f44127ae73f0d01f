package app.ponte.request.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.request.SimilarRequest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Requests like the one being typed, so that the user can follow or support one instead of filing it twice. */
class SimilarRequests extends Div {

    final UnorderedList list = new UnorderedList();

    SimilarRequests() {
        setId("similar-requests");
        add(new Paragraph(getTranslation("request-new.similar")), list);
        setVisible(false);
    }

    void show(List<SimilarRequest> similar) {
        list.removeAll();
        similar.forEach(request -> {
            var link = new Anchor("requests/" + request.id(), LocalisedFormats.request(this, request.id(), request.title()));
            link.setTarget("_blank");
            var state = new Span(" · " + getTranslation(request.status().labelKey())
                    + (request.shared() ? " · " + getTranslation("request-new.similar-shared") : ""));
            list.add(new ListItem(link, state));
        });
        setVisible(!similar.isEmpty());
    }
}
