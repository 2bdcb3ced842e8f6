package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;
import dev.datawarden.analyzer.api.Location;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A web API named by its host in a catalog ({@code host: [{host: restapi.amap.com, recipient: ...}]}):
 * an HTTP request whose URL is on that host, or on a subdomain of it, is a provision to the recipient
 * ({@code role} {@link Role#THIRD_PARTY_TRANSFER}) or a transfer abroad ({@link Role#CROSS_BORDER}),
 * with the entry's attributes, complete as a declaration's.
 */
@Immutable
@SuppressWarnings("Immutable") // the map is an unmodifiable copy of immutable values
public record WebApi(String host, Role role, Map<String, Object> attributes, Location location,
    Declaration.Origin origin) {
  public WebApi {
    host = host.toLowerCase(Locale.ROOT);
    Objects.requireNonNull(role, "role");
    attributes = Map.copyOf(attributes);
  }

  /** True when {@code requestHost} is this API's host or a subdomain of it. */
  public boolean covers(String requestHost) {
    String h = requestHost.toLowerCase(Locale.ROOT);
    return h.equals(host) || h.endsWith("." + host);
  }

  /** This entry as the declaration of the call {@code target} that sends a request to the host. */
  public Declaration declarationFor(Target target) {
    return new Declaration(role, target, attributes, attributes.keySet(), location, origin);
  }

  /** The destinations of a transfer abroad; empty for a provision to a recipient. */
  @SuppressWarnings("unchecked")
  public List<String> destination() {
    return role == Role.CROSS_BORDER ? (List<String>) attributes.get("destination") : List.of();
  }
}
