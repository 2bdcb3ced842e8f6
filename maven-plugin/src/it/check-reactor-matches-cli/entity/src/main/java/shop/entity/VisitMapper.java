package shop.entity;

public interface VisitMapper {
  int insert(Visit visit);
}
