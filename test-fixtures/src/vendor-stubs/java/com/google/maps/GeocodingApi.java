package com.google.maps;

/** Stand-in for com.google.maps:google-maps-services' geocoding API (same names and signatures). */
public class GeocodingApi {
  public static GeocodingApiRequest geocode(GeoApiContext context, String address) {
    throw new UnsupportedOperationException("stand-in");
  }
}
