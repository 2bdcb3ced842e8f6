class Unmodelled {
  Object transform(Missing source) {
    return source.call(value -> {
      final class FlatMap implements Unknown {}
      return new FlatMap();
    });
  }
}
