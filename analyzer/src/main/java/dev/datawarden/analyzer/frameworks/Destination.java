package dev.datawarden.analyzer.frameworks;

import com.google.errorprone.annotations.Immutable;
import dev.datawarden.analyzer.api.Location;

/**
 * Where a sink call sends data, as the code's configuration or its client's construction says: an
 * OSS endpoint, a COS or S3 region, the host of a URL.
 *
 * @param place the country (CN for mainland China), and the provider or web API that says so
 * @param value the endpoint, region or URL as configured or written
 * @param key the configuration key that holds it ({@code aliyun.oss.endpoint}); empty when the code writes it
 * @param location the configuration file's line, or the code's
 * @param profile the Spring profile whose configuration sets it; empty for the configuration that applies by default
 */
@Immutable
public record Destination(Destinations.Place place, String value, String key, Location location, String profile) {
  /** True when the value comes from a configuration file rather than the code. */
  public boolean configured() {
    return !key.isEmpty();
  }
}
