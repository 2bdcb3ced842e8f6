package com.google.maps;

/** Stand-in for google-maps-services' geocoding request. */
public class GeocodingApiRequest {
  public Object await() throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }
}
