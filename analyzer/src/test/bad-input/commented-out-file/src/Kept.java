package a;
public class Kept { String s; }
