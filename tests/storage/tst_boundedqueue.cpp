// The producer/consumer queue of the ingestion pipelines: bounded, in order, and closable from
// either side without a thread left waiting.
#include "storage/boundedqueue.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace ConvStudio;

class TestBoundedQueue : public QObject
{
    Q_OBJECT
private slots:
    void keepsOrderAcrossThreads();
    void producerWaitsWhileFull();
    void closeEndsAWaitingProducer();
    void popDrainsThenEndsAfterClose();
    void tryPushAndTryPopNeverWait();
};

void TestBoundedQueue::keepsOrderAcrossThreads()
{
    BoundedQueue<int> queue(2);
    std::thread producer([&] {
        for (int i = 0; i < 10000; ++i)
            queue.push(i);
        queue.close();
    });
    int expected = 0;
    while (std::optional<int> item = queue.pop())
        QCOMPARE(*item, expected++);
    producer.join();
    QCOMPARE(expected, 10000);
}

void TestBoundedQueue::producerWaitsWhileFull()
{
    BoundedQueue<int> queue(1);
    QVERIFY(queue.push(1));
    std::atomic<bool> pushed = false;
    std::thread producer([&] {
        queue.push(2);
        pushed = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    QVERIFY(!pushed); // the queue holds one item: the second push waits
    QCOMPARE(queue.pop(), std::optional<int>(1));
    producer.join();
    QVERIFY(pushed);
    QCOMPARE(queue.pop(), std::optional<int>(2));
}

void TestBoundedQueue::closeEndsAWaitingProducer()
{
    BoundedQueue<int> queue(1);
    QVERIFY(queue.push(1));
    std::atomic<int> result = -1;
    std::thread producer([&] { result = queue.push(2) ? 1 : 0; });
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    queue.close();
    producer.join();
    QCOMPARE(int(result), 0);
    QVERIFY(!queue.push(3));
}

void TestBoundedQueue::popDrainsThenEndsAfterClose()
{
    BoundedQueue<int> queue(3);
    QVERIFY(queue.push(1));
    QVERIFY(queue.push(2));
    queue.close();
    QCOMPARE(queue.pop(), std::optional<int>(1));
    QCOMPARE(queue.pop(), std::optional<int>(2));
    QCOMPARE(queue.pop(), std::nullopt);

    // A consumer waiting on an empty queue is woken by close().
    BoundedQueue<int> empty(1);
    std::atomic<bool> ended = false;
    std::thread consumer([&] { ended = !empty.pop().has_value(); });
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    empty.close();
    consumer.join();
    QVERIFY(ended);
}

void TestBoundedQueue::tryPushAndTryPopNeverWait()
{
    BoundedQueue<int> queue(1);
    QCOMPARE(queue.tryPop(), std::nullopt);
    QVERIFY(queue.tryPush(1));
    QVERIFY(!queue.tryPush(2)); // full
    QCOMPARE(queue.tryPop(), std::optional<int>(1));
    queue.close();
    QVERIFY(!queue.tryPush(3));
}

QTEST_APPLESS_MAIN(TestBoundedQueue)
#include "tst_boundedqueue.moc"
