"""The partner API's list of posts: /api/v2/opslag/ (published posts only, no personal data:
never the poster's name or e-mail address). Same throttle as the rest of the partner API."""

from rest_framework import generics, serializers
from rest_framework.pagination import LimitOffsetPagination

from home.api import PartnerAPIThrottle

from .models import Post


class PostSerializer(serializers.ModelSerializer):
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    area = serializers.CharField(source="area.name", default=None, read_only=True)
    categories = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")

    class Meta:
        model = Post
        # An allow-list: the poster's name and e-mail, the private key and the moderation
        # fields are never serialised.
        fields = [
            "id",
            "kind",
            "kind_label",
            "title",
            "text",
            "area",
            "categories",
            "starts_on",
            "ends_on",
            "association",
            "language",
            "published_at",
            "expires_at",
        ]


class Pagination(LimitOffsetPagination):
    default_limit = 20
    max_limit = 100


class PostListAPIView(generics.ListAPIView):
    serializer_class = PostSerializer
    pagination_class = Pagination
    throttle_classes = [PartnerAPIThrottle]

    def get_queryset(self):
        queryset = (
            Post.objects.public()
            .select_related("area")
            .prefetch_related("categories")
            .order_by("-published_at", "-pk")
        )
        language = self.request.query_params.get("language")
        if language:
            queryset = queryset.filter(language=language)
        return queryset
