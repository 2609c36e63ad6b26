"""Real threads against the real database, for the concurrency tests of every app."""

import queue
import threading
from concurrent.futures import ThreadPoolExecutor

from django.db import connection


def run_together(calls, *, workers):
    """Run the calls on `workers` threads that start together; return results in call order.

    A call that raises gives its exception as its result. Each thread closes its own database
    connection when it runs out of work.
    """
    todo = queue.SimpleQueue()
    for index, call in enumerate(calls):
        todo.put((index, call))
    results = [None] * len(calls)
    barrier = threading.Barrier(workers)

    def worker():
        try:
            barrier.wait(timeout=30)
            while True:
                try:
                    index, call = todo.get_nowait()
                except queue.Empty:
                    return
                try:
                    results[index] = call()
                except Exception as error:
                    results[index] = error
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        for future in [pool.submit(worker) for _ in range(workers)]:
            future.result()
    return results


def failures(results):
    return [result for result in results if isinstance(result, Exception)]
