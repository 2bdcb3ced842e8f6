package shop;

// this file does not parse; DataWarden reports it and analyses the rest
class Broken {
  void missingParenthesis( {
}
