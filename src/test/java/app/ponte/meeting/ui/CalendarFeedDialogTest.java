package app.ponte.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.base.ui.ViewerTime;
import app.ponte.meeting.CalendarFeeds;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The feed dialog shows a new address once, replaces it only when confirmed, and stops the feed when confirmed. */
class CalendarFeedDialogTest extends UiTest {

    @Autowired
    CalendarFeeds feeds;
    @Autowired
    ViewerTime viewerTime;

    @Test
    void a_new_address_is_shown_once_replaced_after_confirming_and_the_feed_stopped_after_confirming() {
        signInAs("leo@aurora.test");
        var dialog = new CalendarFeedDialog(feeds, viewerTime);
        dialog.open();
        roundTrip();

        test(dialog.renew).click();
        String first = dialog.address.getValue();
        assertThat(first).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(dialog.stop.isEnabled()).isTrue();

        test(dialog.renew).click();
        roundTrip();
        assertThat(dialog.address.getValue()).isEqualTo(first);
        test(ConfirmDialogTester.class, find(ConfirmDialog.class).single()).confirm();
        assertThat(dialog.address.getValue()).isNotEqualTo(first).contains("/calendar/");
        assertThat(feeds.feed(token(first))).isEmpty();
        assertThat(feeds.feed(token(dialog.address.getValue()))).isPresent();

        String second = dialog.address.getValue();
        test(dialog.stop).click();
        roundTrip();
        find(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).findFirst()
                .ifPresent(confirm -> test(ConfirmDialogTester.class, confirm).confirm());
        assertThat(feeds.feed(token(second))).isEmpty();
        assertThat(dialog.address.isVisible()).isFalse();
        assertThat(dialog.stop.isEnabled()).isFalse();
    }

    private static String token(String address) {
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
    }
}
