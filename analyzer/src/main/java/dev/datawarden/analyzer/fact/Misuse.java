package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;
import dev.datawarden.analyzer.api.Location;

/**
 * A use of the vocabulary that could not become a declaration, or only a partial one: an unknown
 * attribute or constant, an annotation where it is not allowed. Reported by {@code InvalidAnnotation}.
 */
@Immutable
public record Misuse(Location location, String message) {}
