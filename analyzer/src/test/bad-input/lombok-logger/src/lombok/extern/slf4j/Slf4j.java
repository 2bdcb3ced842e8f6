package lombok.extern.slf4j;
// stands in for Lombok on the class path
public @interface Slf4j {}
