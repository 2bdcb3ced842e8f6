public class Open { String s; }
