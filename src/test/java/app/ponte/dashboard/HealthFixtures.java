package app.ponte.dashboard;

import java.time.Clock;
import java.util.Arrays;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A relationship health list over the real store and served organisations but with the given signals instead of the
 * context's: not a Spring proxy, so it checks no role and opens no transaction of its own ({@link #recompute} does).
 */
public final class HealthFixtures {

    private HealthFixtures() {
    }

    public static RelationshipHealth health(ApplicationContext context, RelationshipSignal... signals) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        Arrays.stream(signals).forEach(signal -> beans.addBean(signal.key(), signal));
        return new RelationshipHealth(beans.getBeanProvider(RelationshipSignal.class),
                context.getBean(ServedOrganisationDirectory.class), context.getBean(HealthStore.class),
                context.getBean(Clock.class));
    }

    /** Measures the signals and stores their values, in one transaction as the service's own recompute does. */
    public static void recompute(ApplicationContext context, RelationshipHealth health) {
        new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .executeWithoutResult(status -> health.recompute());
    }

    /** Stores again what the context's own signals measure, so that no test leaves fake values for the next. */
    public static void restore(ApplicationContext context) {
        recompute(context, new RelationshipHealth(context.getBeanProvider(RelationshipSignal.class),
                context.getBean(ServedOrganisationDirectory.class), context.getBean(HealthStore.class),
                context.getBean(Clock.class)));
    }
}
