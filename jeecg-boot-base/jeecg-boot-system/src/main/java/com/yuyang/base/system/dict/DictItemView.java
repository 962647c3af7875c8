package com.yuyang.base.system.dict;

import java.io.Serializable;

/** What clients need of an item to render a select or a tag. Serializable: it lives in the (Redis) cache. */
public record DictItemView(String itemValue, String itemLabel, String color, Integer sortNo) implements Serializable {
}
