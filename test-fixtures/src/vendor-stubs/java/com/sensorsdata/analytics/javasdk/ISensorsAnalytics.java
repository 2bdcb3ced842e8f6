package com.sensorsdata.analytics.javasdk;

import com.sensorsdata.analytics.javasdk.exceptions.InvalidArgumentException;
import java.util.Map;

/** Stand-in for SensorsData's Java SDK interface (same names and signatures). */
public interface ISensorsAnalytics {
  void track(String distinctId, boolean isLoginId, String eventName, Map<String, Object> properties)
      throws InvalidArgumentException;

  void profileSet(String distinctId, boolean isLoginId, Map<String, Object> properties)
      throws InvalidArgumentException;
}
