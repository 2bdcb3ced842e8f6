public class Broken {
  int x = ;
}
