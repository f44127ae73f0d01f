package app.ponte.request;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Settings of the request feature. */
@Configuration
@EnableConfigurationProperties(AttachmentProperties.class)
class RequestConfiguration {
}
