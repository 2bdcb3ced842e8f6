public class Secret { String s; }
