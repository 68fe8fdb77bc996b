"""Look into the monitor's task queue, whichever backend the settings chose."""

from django.conf import settings


def uses_rq() -> bool:
    return bool(settings.TASKS["monitor"]["BACKEND"] == "django_tasks_rq.RQBackend")


def queued_args() -> list[list]:
    """Return the arguments of every task queued or run on the monitor's queue."""
    if uses_rq():
        return [list(job.args) for job in _rq_jobs()]
    from django_tasks_db.models import DBTaskResult

    return [task.args_kwargs["args"] for task in DBTaskResult.objects.order_by("pk")]


def statuses() -> list[str]:
    """Return the status of every task the monitor's queue holds or ran."""
    if uses_rq():
        from django_tasks import task_backends

        backend = task_backends["monitor"]
        return [str(backend.get_result(job.id).status) for job in _rq_jobs()]
    from django_tasks_db.models import DBTaskResult

    return [str(task.status) for task in DBTaskResult.objects.order_by("pk")]


def _rq_jobs() -> list:
    import django_rq
    from rq.registry import FinishedJobRegistry, StartedJobRegistry

    queue = django_rq.get_queue("default")
    ids = list(queue.job_ids)
    for registry in (StartedJobRegistry, FinishedJobRegistry):
        ids += registry(queue=queue).get_job_ids()
    return [job for job in queue.job_class.fetch_many(ids, queue.connection) if job]
