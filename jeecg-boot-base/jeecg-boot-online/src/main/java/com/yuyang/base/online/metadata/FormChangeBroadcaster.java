package com.yuyang.base.online.metadata;

/** Tells the other instances that a form changed so that they drop their cached definition. */
public interface FormChangeBroadcaster {

    void publish(String formCode);
}
