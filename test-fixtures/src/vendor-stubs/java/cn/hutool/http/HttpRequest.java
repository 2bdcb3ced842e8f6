package cn.hutool.http;

/** Stand-in for Hutool's HTTP request builder (cn.hutool:hutool-http): names and signatures only. */
public class HttpRequest {
  private final String url;

  HttpRequest(String url) {
    this.url = url;
  }

  public static HttpRequest post(String url) {
    return new HttpRequest(url);
  }

  public static HttpRequest get(String url) {
    return new HttpRequest(url);
  }

  public HttpRequest form(String name, Object value) {
    return this;
  }

  public HttpRequest body(String body) {
    return this;
  }

  public HttpResponse execute() {
    return new HttpResponse(url);
  }
}
