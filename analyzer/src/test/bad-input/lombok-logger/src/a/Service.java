package a;
@lombok.extern.slf4j.Slf4j
public class Service {
  void run() {
    log.info("started");
  }
}
