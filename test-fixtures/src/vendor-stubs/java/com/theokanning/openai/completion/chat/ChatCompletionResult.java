package com.theokanning.openai.completion.chat;

/** Stand-in for openai-gpt3-java's result. */
public class ChatCompletionResult {}
