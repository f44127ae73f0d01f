package app.ponte.roadmap.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.roadmap.InitiativeOverview;
import app.ponte.roadmap.RoadmapReading;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

/**
 * The roadmap export links: everything the viewer may see under the page's filters (not only the loaded
 * page), as CSV or PDF, in the viewer's language and time zone. Files are written under the UI lock, where
 * the filters, translations and the viewer's security context are at hand, then sent.
 */
final class RoadmapExport {

    static final int MAX_INITIATIVES = 5_000;
    private static final int SLICE = 200;

    private final RoadmapReading roadmap;
    private final ViewerTime viewerTime;
    private final Supplier<RoadmapFilter> filter;

    RoadmapExport(RoadmapReading roadmap, ViewerTime viewerTime, Supplier<RoadmapFilter> filter) {
        this.roadmap = roadmap;
        this.viewerTime = viewerTime;
        this.filter = filter;
    }

    Anchor csv(Component view) {
        Anchor link = new Anchor(event -> send(event, view, "text/csv", "csv",
                (out, locale) -> new RoadmapCsv(view, locale).write(initiatives(), out)),
                view.getTranslation("roadmap.export-csv"));
        link.setId("roadmap-export-csv");
        return link;
    }

    Anchor pdf(Component view) {
        Anchor link = new Anchor(event -> send(event, view, "application/pdf", "pdf",
                (out, locale) -> new RoadmapPdf(view, locale).write(initiatives(), today(), generatedAt(locale), out)),
                view.getTranslation("roadmap.export-pdf"));
        link.setId("roadmap-export-pdf");
        return link;
    }

    /** Every initiative the viewer may see under the filters, in slices, up to a bound. */
    List<InitiativeOverview> initiatives() {
        RoadmapFilter current = filter.get();
        List<InitiativeOverview> all = new ArrayList<>();
        Slice<InitiativeOverview> slice;
        int number = 0;
        do {
            slice = roadmap.initiatives(current.organisationId(), current.systemId(), current.status(),
                    PageRequest.of(number++, SLICE));
            all.addAll(slice.getContent());
        } while (slice.hasNext() && all.size() < MAX_INITIATIVES);
        return all;
    }

    private LocalDate today() {
        return LocalDate.now(viewerTime.clock().withZone(viewerTime.zone()));
    }

    private String generatedAt(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(viewerTime.clock().instant().atZone(viewerTime.zone())) + " (" + viewerTime.zone().getId() + ")";
    }

    private void send(DownloadEvent event, Component view, String contentType, String extension, Writing writing)
            throws IOException {
        var out = new ByteArrayOutputStream();
        event.getUI().accessSynchronously(() -> {
            try {
                writing.write(out, event.getUI().getLocale());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        event.setFileName(view.getTranslation("roadmap.export-file") + "-" + today() + "." + extension);
        event.setContentType(contentType);
        try (var response = event.getOutputStream()) {
            out.writeTo(response);
        }
    }

    @FunctionalInterface
    interface Writing {
        void write(OutputStream out, Locale locale) throws IOException;
    }
}
