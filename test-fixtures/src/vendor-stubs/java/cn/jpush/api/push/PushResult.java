package cn.jpush.api.push;

/** Stand-in for jpush-client's result. */
public class PushResult {}
