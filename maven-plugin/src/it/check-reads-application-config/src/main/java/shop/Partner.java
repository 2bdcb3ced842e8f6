package shop;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

public class Partner {
  @Value("${partner.url}")
  private String url;

  public void send(Lead lead) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
    connection.setDoOutput(true);
    try (OutputStream out = connection.getOutputStream()) {
      out.write(lead.mobile.getBytes(StandardCharsets.UTF_8));
    }
  }
}
