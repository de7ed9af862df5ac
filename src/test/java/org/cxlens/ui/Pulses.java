package org.cxlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import org.testfx.api.FxRobot;

/** Pulses for tests of work done a pulse at a time: an idle window has none of its own. */
public final class Pulses {

    private Pulses() {
    }

    /** Waits for {@code count} pulses, asking for them; what they hand to the FX thread's queue has run when it returns. */
    public static void await(FxRobot robot, int count) throws InterruptedException {
        CountDownLatch left = new CountDownLatch(count);
        AnimationTimer[] timer = new AnimationTimer[1];
        robot.interact(() -> {
            timer[0] = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    left.countDown();
                }
            };
            timer[0].start();
        });
        assertThat(left.await(20, TimeUnit.SECONDS)).isTrue();
        robot.interact(timer[0]::stop);
    }
}
