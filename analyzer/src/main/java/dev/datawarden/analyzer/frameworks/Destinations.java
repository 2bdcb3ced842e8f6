package dev.datawarden.analyzer.frameworks;

import dev.datawarden.analyzer.fact.WebApi;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a cloud region, an endpoint or a URL's host puts data: the regions of the cloud providers
 * Chinese services use, their endpoints' host patterns and the country-code domains, read from
 * {@code destinations.yml} beside this class, and the web APIs of the vendor catalog and the user's
 * catalogs ({@code host:} entries). Immutable; the user's web APIs come first, so they win.
 */
public final class Destinations {
  private static final String RESOURCE = "destinations.yml";
  /** The code of mainland China: a place there keeps a transfer in the country. */
  public static final String MAINLAND = "CN";

  /** Where a value puts data: a country code, the provider or web API that says so, and the region if one did. */
  @com.google.errorprone.annotations.Immutable
  public record Place(String country, String provider, String region, WebApi webApi) {
    public boolean abroad() {
      return !country.equals(MAINLAND);
    }
  }

  private record Provider(String id, String name, List<String> packages, List<Pattern> endpoints,
      Map<String, String> regions, Map<String, String> prefixes, String domesticRecipient) {}

  private final List<Provider> providers;
  private final Map<String, String> countryDomains;
  private final Map<String, List<String>> configurationKeys;
  private final List<WebApi> webApis;

  private Destinations(List<Provider> providers, Map<String, String> countryDomains,
      Map<String, List<String>> configurationKeys, List<WebApi> webApis) {
    this.providers = List.copyOf(providers);
    this.countryDomains = Map.copyOf(countryDomains);
    this.configurationKeys = Map.copyOf(configurationKeys);
    // the most specific host first (ingest.de.sentry.io before sentry.io); the user's before the built-in
    List<WebApi> sorted = new ArrayList<>(webApis);
    sorted.sort(Comparator.comparingInt((WebApi a) -> -a.host().length()));
    this.webApis = List.copyOf(sorted);
  }

  /** The places DataWarden knows, without web APIs. */
  static Destinations standard() {
    return Standard.DESTINATIONS;
  }

  private static final class Standard {
    static final Destinations DESTINATIONS = read();
  }

  /** These places and the web APIs of the catalogs, the user's listed before the built-in ones. */
  public Destinations withWebApis(List<WebApi> apis) {
    return new Destinations(providers, countryDomains, configurationKeys, apis);
  }

  /** The web API a host belongs to, if a catalog names it. */
  public Optional<WebApi> webApi(String host) {
    return webApis.stream().filter(a -> a.covers(host)).findFirst();
  }

  /** The configuration keys that say where calls on these types (qualified names) go: {@code sentry.dsn} for Sentry. */
  public List<String> configurationKeys(Collection<String> typeNames) {
    return typeNames.stream().flatMap(t -> configurationKeys.getOrDefault(t, List.of()).stream()).distinct().toList();
  }

  /** The recipient a provider names for its regions in mainland China, if it names one (AWS's China regions). */
  public Optional<String> domesticRecipient(String provider) {
    return providers.stream().filter(p -> p.name().equals(provider)).map(Provider::domesticRecipient)
        .filter(r -> r != null && !r.isBlank()).findFirst();
  }

  /**
   * Where a URL ({@code https://host/...}) or a bare host name ({@code oss-us-west-1.aliyuncs.com})
   * puts data: a web API of a catalog, a provider's endpoint with its region, or the host's
   * country-code domain; empty when the text is no host or its place is unknown.
   */
  public Optional<Place> ofHost(String text) {
    String host = host(text);
    if (host == null) {
      return Optional.empty();
    }
    Optional<WebApi> api = webApi(host);
    if (api.isPresent()) {
      List<String> destination = api.get().destination();
      return Optional.of(new Place(destination.isEmpty() ? MAINLAND : destination.get(0), "", "", api.get()));
    }
    for (Provider p : providers) {
      for (Pattern endpoint : p.endpoints()) {
        Matcher m = endpoint.matcher(host);
        if (m.find()) {
          Optional<Place> place = region(p, m.group("region"));
          if (place.isPresent()) {
            return place;
          }
        }
      }
    }
    if (!text.contains("://")) {
      return Optional.empty(); // a bare name is a host only when a provider's endpoint pattern says so
    }
    int dot = host.lastIndexOf('.');
    String country = dot < 0 ? null : countryDomains.get(host.substring(dot + 1));
    return country == null ? Optional.empty() : Optional.of(new Place(country, "", "", null));
  }

  /**
   * Where a region ID puts data, for the provider whose SDK package one of {@code typeNames}
   * (qualified names of the types it was given to or that use it) is in.
   */
  public Optional<Place> ofRegion(String region, Collection<String> typeNames) {
    String id = region.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Provider p : providers) {
      if (typeNames.stream().anyMatch(t -> p.packages().stream().anyMatch(t::startsWith))) {
        return region(p, id);
      }
    }
    return Optional.empty();
  }

  private static Optional<Place> region(Provider p, String id) {
    String country = p.regions().get(id);
    if (country == null) {
      country = p.prefixes().entrySet().stream().filter(e -> id.startsWith(e.getKey())).map(Map.Entry::getValue)
          .findFirst().orElse(null);
    }
    return country == null ? Optional.empty() : Optional.of(new Place(country, p.name(), id, null));
  }

  /** The host of a URL, or the text itself when it is a bare host name; null when it is neither. */
  static String host(String text) {
    String t = text.trim();
    if (t.contains("://")) {
      try {
        String host = URI.create(t.replace(" ", "%20")).getHost();
        if (host == null) {
          Matcher m = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)").matcher(t);
          host = m.find() ? m.group(1) : null;
        }
        return host == null ? null : host.toLowerCase(Locale.ROOT);
      } catch (IllegalArgumentException e) {
        Matcher m = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)").matcher(t);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
      }
    }
    return t.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:\\d+)?/?") ? t.replaceFirst("[:/].*$", "").toLowerCase(Locale.ROOT)
        : null;
  }

  @SuppressWarnings("unchecked")
  private static Destinations read() {
    Map<String, Object> root = FrameworkData.bundledMap(Destinations.class, RESOURCE);
    try {
      List<Provider> providers = new ArrayList<>();
      ((Map<String, Object>) root.get("providers")).forEach((id, v) -> {
        Map<String, Object> p = (Map<String, Object>) v;
        providers.add(new Provider(id, (String) p.get("name"), strings(p.get("packages")),
            strings(p.get("endpoints")).stream().map(Pattern::compile).toList(), map(p.get("regions")),
            map(p.get("prefixes")), (String) p.get("domesticRecipient")));
      });
      Map<String, List<String>> keys = new LinkedHashMap<>();
      ((Map<String, Object>) root.get("configurationKeys")).forEach((type, list) -> keys.put(type, strings(list)));
      return new Destinations(providers, map(root.get("countryDomains")), keys, List.of());
    } catch (ClassCastException | NullPointerException e) {
      throw new IllegalStateException(RESOURCE + " is malformed", e);
    }
  }

  private static List<String> strings(Object list) {
    return ((List<?>) list).stream().map(String::valueOf).toList();
  }

  private static Map<String, String> map(Object map) {
    Map<String, String> out = new LinkedHashMap<>();
    ((Map<?, ?>) map).forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
    return out;
  }
}
