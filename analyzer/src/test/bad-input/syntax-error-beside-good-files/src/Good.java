public class Good { String s; }
