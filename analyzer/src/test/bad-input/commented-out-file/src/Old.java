// package a;
// public class Old {
//   String phone;
// }
/* nothing left */
