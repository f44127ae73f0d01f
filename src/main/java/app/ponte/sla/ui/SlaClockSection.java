package app.ponte.sla.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.ViewerTime;
import app.ponte.request.RequestDetails;
import app.ponte.request.ui.RequestPageSection;
import app.ponte.sla.SlaClockReports;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * The SLA part of the request page: the clock, for everybody who reads the whole request (its organisation and
 * the team); nothing for a request without a clock, nor for an organisation that only reads a shared request.
 */
@org.springframework.stereotype.Component
class SlaClockSection implements RequestPageSection {

    private final SlaClockReports clocks;
    private final ViewerTime viewerTime;

    SlaClockSection(SlaClockReports clocks, ViewerTime viewerTime) {
        this.clocks = clocks;
        this.viewerTime = viewerTime;
    }

    @Override
    public Optional<Component> sectionFor(RequestDetails request) {
        return clocks.forRequest(request.id()).map(report -> {
            var holder = new com.vaadin.flow.component.html.Div();
            return new ClockPanel(report, new SlaTexts(holder, LocalisedFormats.currentLocale(), viewerTime.zone()));
        });
    }
}
