class Good {
  String s;
}
