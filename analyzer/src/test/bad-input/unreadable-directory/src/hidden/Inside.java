public class Inside { String s; }
