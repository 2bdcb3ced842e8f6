package com.google.maps;

/** Stand-in for google-maps-services' context. */
public class GeoApiContext {
}
