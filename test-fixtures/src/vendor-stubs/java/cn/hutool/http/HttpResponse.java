package cn.hutool.http;

/** Stand-in for Hutool's HTTP response (cn.hutool:hutool-http): names and signatures only. */
public class HttpResponse {
  private final String body;

  HttpResponse(String body) {
    this.body = body;
  }

  public String body() {
    return body;
  }
}
