package com.theokanning.openai.completion.chat;

/** Stand-in for openai-gpt3-java's chat message. */
public class ChatMessage {
  public ChatMessage(String role, String content) {}
}
