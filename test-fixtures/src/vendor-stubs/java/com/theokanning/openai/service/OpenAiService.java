package com.theokanning.openai.service;

import com.theokanning.openai.completion.chat.ChatCompletionRequest;
import com.theokanning.openai.completion.chat.ChatCompletionResult;

/** Stand-in for com.theokanning.openai-gpt3-java:service's service (same name and signature). */
public class OpenAiService {
  public OpenAiService(String token) {}

  public ChatCompletionResult createChatCompletion(ChatCompletionRequest request) {
    throw new UnsupportedOperationException("stand-in");
  }
}
