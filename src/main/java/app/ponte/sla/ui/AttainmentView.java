package app.ponte.sla.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.NarrowScreen;
import app.ponte.base.ui.ViewerTime;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.sla.Attainment;
import app.ponte.sla.AttainmentChoices;
import app.ponte.sla.SlaAttainment;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * SLA attainment per organisation and month: the shares of first responses and resolutions within target, the
 * targets missed (a grid, cards on a phone) and a CSV download. The team picks the organisation; a client or a
 * department reads its own and is offered no other.
 */
@Route("sla/attainment")
@PermitAll
@Menu(order = 29, icon = "vaadin:chart", title = "nav.sla-attainment")
class AttainmentView extends VerticalLayout implements HasDynamicTitle {

    /** Narrower windows than this (a phone held upright) get one card per breach. */
    static final int NARROW_PX = NarrowScreen.WIDTH_PX;
    /** How many months back the month picker offers. */
    static final int MONTHS_OFFERED = 24;

    final Select<OrganisationSummary> organisation = new Select<>();
    final Select<YearMonth> month = new Select<>();
    final Paragraph firstResponse = new Paragraph();
    final Paragraph resolution = new Paragraph();
    final Paragraph counting = new Paragraph();
    final Paragraph empty = new Paragraph();
    final Grid<Attainment.Breach> breaches = new Grid<>();
    final Grid.Column<Attainment.Breach> card;
    final Anchor export;

    private final SlaAttainment attainment;
    private final SlaTexts texts;
    private @Nullable Attainment shown;
    private boolean narrow;

    AttainmentView(SlaAttainment attainment, ViewerTime viewerTime) {
        NarrowScreen.follow(this, () -> narrow, this::narrow);
        this.attainment = attainment;
        this.texts = new SlaTexts(this, LocalisedFormats.currentLocale(), viewerTime.zone());
        setWidthFull();
        AttainmentChoices choices = attainment.choices();

        organisation.setLabel(getTranslation("sla.attainment.organisation"));
        organisation.setId("attainment-organisation");
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setItems(choices.organisations());
        organisation.setVisible(choices.picksOrganisation());
        month.setLabel(getTranslation("sla.attainment.month"));
        month.setId("attainment-month");
        month.setItemLabelGenerator(m -> LocalisedFormats.month(m, getLocale()));
        export = new Anchor(event -> {
            var out = new ByteArrayOutputStream();
            event.getUI().accessSynchronously(() -> writeCsv(out));
            event.setFileName("sla-attainment.csv");
            event.setContentType("text/csv");
            try (var response = event.getOutputStream()) {
                out.writeTo(response);
            }
        }, getTranslation("sla.attainment.export"));
        export.setId("attainment-export");
        var toolbar = new HorizontalLayout(organisation, month, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        firstResponse.setId("attainment-first-response");
        resolution.setId("attainment-resolution");
        var figures = new Div(firstResponse, resolution);
        figures.addClassName("sla-attainment-figures");
        empty.setId("attainment-empty");
        breaches.setId("attainment-breaches");
        card = columns();
        add(new H2(getTranslation("sla.attainment.heading")), toolbar, counting, figures,
                new H2(getTranslation("sla.attainment.breaches")), empty, breaches);

        OrganisationSummary first = choices.preselected();
        if (first == null) {
            empty.setText(getTranslation("sla.attainment.no-organisation"));
            breaches.setVisible(false);
            month.setEnabled(false);
            export.setEnabled(false);
            return;
        }
        organisation.setValue(first);
        offerMonths(first);
        organisation.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                offerMonths(e.getValue());
            }
        });
        month.addValueChangeListener(e -> refresh());
        refresh();
    }

    private Grid.Column<Attainment.Breach> columns() {
        breaches.addColumn(b -> LocalisedFormats.request(this, b.requestId(), b.title())).setHeader(getTranslation("sla.attainment.column.request"))
                .setKey("request").setFlexGrow(3);
        breaches.addColumn(b -> getTranslation(b.target().labelKey())).setHeader(getTranslation("sla.attainment.column.target"))
                .setKey("target").setAutoWidth(true).setFlexGrow(0);
        breaches.addColumn(b -> texts.moment(b.missedAt())).setHeader(getTranslation("sla.attainment.column.breached"))
                .setKey("breached").setAutoWidth(true).setFlexGrow(0);
        breaches.addColumn(b -> b.metAt() == null ? getTranslation("sla.attainment.not-met-yet") : texts.moment(b.metAt()))
                .setHeader(getTranslation("sla.attainment.column.met")).setKey("met").setAutoWidth(true).setFlexGrow(0);
        breaches.addColumn(b -> texts.cause(b.cause())).setHeader(getTranslation("sla.attainment.column.cause"))
                .setKey("cause").setFlexGrow(2);
        var cards = breaches.addColumn(LitRenderer.<Attainment.Breach>of("""
                        <div class="sla-breach-card"><div class="sla-breach-card-title">${item.title}</div>\
                        <div class="sla-breach-card-meta">${item.meta}</div>\
                        <div class="sla-breach-card-cause">${item.cause}</div></div>""")
                        .withProperty("title", b -> LocalisedFormats.request(this, b.requestId(), b.title()))
                        .withProperty("meta", b -> getTranslation("sla.attainment.card", getTranslation(b.target().labelKey()),
                                texts.moment(b.missedAt())))
                        .withProperty("cause", b -> texts.cause(b.cause())))
                .setHeader(getTranslation("sla.attainment.breaches")).setKey("card");
        cards.setVisible(false);
        breaches.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("requests/" + e.getItem().requestId())));
        breaches.setAllRowsVisible(true);
        return cards;
    }

    /** The months to choose from, counted in the organisation's zone; the running one first and chosen. */
    private void offerMonths(OrganisationSummary chosen) {
        YearMonth current = attainment.currentMonth(chosen.id());
        List<YearMonth> months = Stream.iterate(current, m -> m.minusMonths(1)).limit(MONTHS_OFFERED).toList();
        YearMonth keep = month.getValue();
        month.setItems(months);
        month.setValue(keep != null && months.contains(keep) ? keep : current);
    }

    private void refresh() {
        OrganisationSummary chosen = organisation.getValue();
        YearMonth when = month.getValue();
        if (chosen == null || when == null) {
            return;
        }
        shown = attainment.forMonth(chosen.id(), when);
        firstResponse.setText(share("sla.target.FIRST_RESPONSE", shown.firstResponse()));
        resolution.setText(share("sla.target.RESOLUTION", shown.resolution()));
        counting.setText(getTranslation("sla.attainment.counting", shown.organisationName(),
                LocalisedFormats.month(when, getLocale()), shown.zone().getId()));
        breaches.setItems(shown.breaches());
        breaches.setVisible(!shown.breaches().isEmpty());
        empty.setText(getTranslation("sla.attainment.no-breaches"));
        empty.setVisible(shown.breaches().isEmpty());
    }

    private String share(String targetKey, Attainment.Share share) {
        Double ratio = share.ratio();
        return ratio == null ? getTranslation("sla.attainment.share-none", getTranslation(targetKey))
                : getTranslation("sla.attainment.share", getTranslation(targetKey),
                        LocalisedFormats.percent(ratio, getLocale()), share.withinTarget(), share.measured());
    }

    /** What is shown, as CSV; nothing but the header lines before an organisation is chosen. */
    void writeCsv(java.io.OutputStream out) {
        if (shown == null) {
            return;
        }
        try {
            new AttainmentCsv(texts, getLocale()).write(shown, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Attainment shown() {
        return java.util.Objects.requireNonNull(shown);
    }

    /** The phone's layout (one card per breach) or the table; the window's width decides, and tests call it. */
    void narrow(boolean narrow) {
        this.narrow = narrow;
        NarrowScreen.showCards(breaches, card, narrow);
        if (narrow) {
            breaches.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        } else {
            breaches.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        }
    }

    boolean isNarrow() {
        return narrow;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sla.attainment.title");
    }
}
