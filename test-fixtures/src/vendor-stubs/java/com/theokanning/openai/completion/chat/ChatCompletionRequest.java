package com.theokanning.openai.completion.chat;

import java.util.List;

/** Stand-in for openai-gpt3-java's chat request and its builder. */
public class ChatCompletionRequest {
  public static ChatCompletionRequestBuilder builder() {
    return new ChatCompletionRequestBuilder();
  }

  /** Stand-in for the request's builder. */
  public static class ChatCompletionRequestBuilder {
    public ChatCompletionRequestBuilder model(String model) {
      return this;
    }

    public ChatCompletionRequestBuilder messages(List<ChatMessage> messages) {
      return this;
    }

    public ChatCompletionRequest build() {
      return new ChatCompletionRequest();
    }
  }
}
