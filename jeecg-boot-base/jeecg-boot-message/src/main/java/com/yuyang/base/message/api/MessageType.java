package com.yuyang.base.message.api;

/** MESSAGE: a reminder raised by the system for a business event; NOTICE: published by a person. */
public enum MessageType {
    MESSAGE, NOTICE
}
