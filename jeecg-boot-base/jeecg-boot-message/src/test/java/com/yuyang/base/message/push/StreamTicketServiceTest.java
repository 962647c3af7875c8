package com.yuyang.base.message.push;

import com.yuyang.base.core.kv.LocalKvStore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** E3 push: stream tickets are unguessable, single-use (also when redeemed concurrently) and checked in shape. */
class StreamTicketServiceTest {

    final StreamTicketService tickets = new StreamTicketService(new LocalKvStore("t:"));

    @Test
    void ticketRedeemsOnceForItsUser() {
        String t = tickets.issue(42);
        assertThat(t).hasSize(32);
        assertThat(tickets.redeem(t)).contains(42L);
        assertThat(tickets.redeem(t)).isEmpty();
    }

    @Test
    void ticketsDiffer() {
        assertThat(tickets.issue(1)).isNotEqualTo(tickets.issue(1));
    }

    @Test
    void forgedOrMalformedTicketsAreRefused() {
        assertThat(tickets.redeem(null)).isEmpty();
        assertThat(tickets.redeem("A".repeat(32))).isEmpty();
        assertThat(tickets.redeem("../../etc")).isEmpty();
    }

    @Test
    void concurrentRedeemsHaveOneWinner() {
        String t = tickets.issue(7);
        List<CompletableFuture<Optional<Long>>> all = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            all.add(CompletableFuture.supplyAsync(() -> tickets.redeem(t)));
        }
        long winners = all.stream().map(CompletableFuture::join).filter(Optional::isPresent).count();
        assertThat(winners).isEqualTo(1);
    }
}
