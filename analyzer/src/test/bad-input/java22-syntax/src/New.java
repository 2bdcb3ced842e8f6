class New {
  int f(Object o) {
    try {
      return 1;
    } catch (RuntimeException _) {
      return 2;
    }
  }
}
